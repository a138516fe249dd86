/**
 * A function that computes again only when one of its arguments changed (compared with
 * `Object.is`), else returns the last result: how elements derive state in `willUpdate`, keyed on
 * what each piece depends on, so an update that changes nothing it reads (an animation frame) costs
 * nothing.
 */
export function memoize<A extends unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let last: A | undefined;
  let value!: R;
  return (...args: A): R => {
    if (!last || args.length !== last.length || args.some((arg, i) => !Object.is(arg, last![i]))) {
      value = compute(...args);
      last = args;
    }
    return value;
  };
}
