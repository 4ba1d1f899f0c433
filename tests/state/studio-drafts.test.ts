// The studio's working copy in localStorage: written, read back, and anything else ignored.
import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../../src/state/storage.ts';
import {
  keepStudioDraft,
  readStudioDraft,
  STUDIO_KEY,
  suggestedName,
} from '../../src/state/studio-drafts.ts';

describe('the studio working copy', () => {
  it('reads back what was kept', () => {
    const storage = memoryStorage();
    const draft = { name: 'mine.yaml', text: 'draftroom: 1\n# ünïcode\n', savedAt: '2026-12-05T09:00:00Z' };
    expect(keepStudioDraft(storage, draft)).toBe(true);
    expect(readStudioDraft(storage)).toEqual(draft);
  });

  it('ignores an entry that is not one', () => {
    const storage = memoryStorage();
    expect(readStudioDraft(storage)).toBeNull();
    for (const bad of ['{', '[]', '"x"', '{"name":"../x","text":""}', '{"name":"a.yaml","text":5}']) {
      storage.setItem(STUDIO_KEY, bad);
      expect(readStudioDraft(storage), bad).toBeNull();
    }
  });

  it('says so when the browser refuses to keep it', () => {
    const full = {
      ...memoryStorage(),
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(keepStudioDraft(full, { name: 'a.yaml', text: 'x', savedAt: '' })).toBe(false);
  });

  it('names a file after the scenario id', () => {
    expect(suggestedName('draftroom: 1\nid: valen-truce   # mine\n')).toBe('valen-truce.yaml');
    expect(suggestedName('id: Not An Id\n')).toBe('scenario.yaml');
  });
});
