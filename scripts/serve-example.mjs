// npm run example: builds nothing itself; serves the project so examples/article.html loads dist/cdn.
import { serveStatic } from './serve-static.mjs';

const server = await serveStatic('.', { port: Number(process.env.PORT ?? 8080) });
console.log(
  `The news-article example: ${server.url}/examples/article.html (中文: article.zh.html, русский: article.ru.html)`,
);
