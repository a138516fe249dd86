/**
 * The font files of the static font stack (`STATIC_FONT`: Noto Sans, Noto Sans CJK, DejaVu Sans)
 * on this machine. resvg falls back per character to any font it has loaded, so loading these
 * alone (rather than every system font) keeps Chinese in Noto Sans CJK and not in a serif font
 * that happens to come first, and is quicker. The CJK collection is large (tens of MB): only the
 * regular weight is loaded, so bold Chinese titles are drawn in the regular weight.
 */
import { readdir } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';

const WANTED =
  /^(NotoSans-(Regular|Bold)\.ttf|NotoSansCJK-Regular\.ttc|NotoSansCJKsc-Regular\.otf|DejaVuSans(-Bold)?\.ttf)$/;

const ROOTS = [
  '/usr/share/fonts',
  '/usr/local/share/fonts',
  join(homedir(), '.fonts'),
  join(homedir(), '.local/share/fonts'),
  '/Library/Fonts',
  '/System/Library/Fonts',
  'C:\\Windows\\Fonts',
];

export async function staticFontFiles(): Promise<string[]> {
  const found: string[] = [];
  for (const root of ROOTS) {
    try {
      const entries = await readdir(root, { recursive: true, withFileTypes: true });
      for (const entry of entries) {
        if (entry.isFile() && WANTED.test(entry.name))
          found.push(join(entry.parentPath ?? (entry as unknown as { path: string }).path, entry.name));
      }
    } catch {
      // Not on this system.
    }
  }
  // resvg's fallback takes the first loaded face that has the character: regular before bold.
  return found.sort((a, b) => Number(/bold/i.test(a)) - Number(/bold/i.test(b)));
}
