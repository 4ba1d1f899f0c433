// An unquoted `#value` after a key is found (it became a comment); an ordinary comment is not.
import { describe, expect, it } from 'vitest';
import { hashCommentAdvice, hashCommentOnLine } from '../../src/scenario/hash-comment.ts';

describe('a value that became a comment', () => {
  it('finds `colour: #c60c30` in block and flow style, at the #', () => {
    expect(hashCommentOnLine('a: 1\n    colour: #c60c30\n', 2)).toEqual({
      line: 2,
      col: 13,
      key: 'colour',
      meant: '#c60c30',
    });
    const flow = '  - { id: p4, name: Dravenia, colour: #8c564b, kind: state }';
    const found = hashCommentOnLine(flow, 1);
    expect(found?.col).toBe(flow.indexOf('#') + 1);
    expect(found && hashCommentAdvice(found)).toBe(
      `'#' starts a comment in YAML, so 'colour' has no value here: quote it, colour: "#8c564b"`,
    );
  });

  it('leaves ordinary comments and quoted colours alone', () => {
    expect(hashCommentOnLine('rounds: # fill in later', 1)).toBeNull();
    expect(hashCommentOnLine('    colour: "#c60c30"   # red', 1)).toBeNull();
    expect(hashCommentOnLine('# colour: #c60c30', 1)).toBeNull();
    expect(hashCommentOnLine('x', 5)).toBeNull();
  });
});
