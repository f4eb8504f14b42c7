import { describe, expect, it } from 'vitest';
import { directoryRoleCount, lookupDirectoryRole } from './directory-roles.ts';

describe('lookupDirectoryRole', () => {
  it('names Global Administrator and other common roles', () => {
    expect(lookupDirectoryRole('62e90394-69f5-4237-9190-012177145e10')).toBe(
      'Global Administrator',
    );
    expect(lookupDirectoryRole('fe930be7-5e62-47db-91af-98c3a49a38b1')).toBe('User Administrator');
    expect(lookupDirectoryRole('f2ef992c-3afb-46b9-b7cf-a126ee74c451')).toBe('Global Reader');
    expect(lookupDirectoryRole('194ae4cb-b126-40b2-bd5b-6091b380977d')).toBe(
      'Security Administrator',
    );
  });

  it('ignores letter case', () => {
    expect(lookupDirectoryRole('62E90394-69F5-4237-9190-012177145E10')).toBe(
      'Global Administrator',
    );
  });

  it('knows nothing of other ids', () => {
    expect(lookupDirectoryRole('00000000-0000-0000-0000-000000000000')).toBeUndefined();
    expect(lookupDirectoryRole('b79fbf4d-3ef9-4689-8143-76b194e85509')).toBeUndefined();
  });

  it('ships at least the 40 most common built-in roles', () => {
    expect(directoryRoleCount()).toBeGreaterThanOrEqual(40);
  });
});
