/**
 * The longest string an anchored validation pattern accepts, for the simple patterns used in inputs
 * (literals, escapes, classes, groups, alternation, ? * + {m,n}). Infinity when unbounded; throws on syntax it does
 * not understand, so that a new pattern is looked at rather than guessed.
 */
export function regexMaxLength(source: string): number {
  if (!source.startsWith('^') || !source.endsWith('$')) return Infinity; // unanchored: matches inside any string
  let i = 0;
  const peek = () => source[i];

  function alternation(): number {
    let best = sequence();
    while (peek() === '|') {
      i++;
      best = Math.max(best, sequence());
    }
    return best;
  }

  function sequence(): number {
    let total = 0;
    while (i < source.length && peek() !== '|' && peek() !== ')') total += quantified(atom());
    return total;
  }

  function atom(): number {
    const c = source[i++];
    if (c === '^' || c === '$') return 0;
    if (c === '(') {
      const lookaround = /^\?<?[=!]/.exec(source.slice(i));
      if (lookaround) i += lookaround[0].length;
      else if (source.startsWith('?:', i)) i += 2;
      else if (source[i] === '?') throw new Error(`unsupported group in /${source}/`);
      const inner = alternation();
      if (source[i++] !== ')') throw new Error(`unbalanced group in /${source}/`);
      return lookaround ? 0 : inner;
    }
    if (c === '[') {
      if (source[i] === '^') i++;
      if (source[i] === ']') i++;
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
      if (source[i++] !== ']') throw new Error(`unbalanced class in /${source}/`);
      return 1;
    }
    if (c === '\\') {
      const e = source[i++];
      if (/[bB]/.test(e)) return 0;
      if (/\d/.test(e)) throw new Error(`back-reference in /${source}/`);
      if (e === 'u' || e === 'x') i += e === 'u' ? 4 : 2;
      return 1;
    }
    if (c === '*' || c === '+' || c === '?' || c === '{') throw new Error(`dangling quantifier in /${source}/`);
    return 1;
  }

  function quantified(n: number): number {
    const c = peek();
    let result = n;
    if (c === '?') {
      i++;
    } else if (c === '*' || c === '+') {
      i++;
      result = n === 0 ? 0 : Infinity;
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
      if (!m) throw new Error(`bad quantifier in /${source}/`);
      i += m[0].length;
      const max = m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3]);
      result = n === 0 ? 0 : n * max;
    } else {
      return n;
    }
    if (peek() === '?') i++; // lazy
    return result;
  }

  const length = alternation();
  if (i !== source.length) throw new Error(`could not read /${source}/ at ${i}`);
  return length;
}
