export interface NavEntry {
  id: string;
  label: string;
  /** A lazily loaded section's code: the nav entry fetches it. */
  part?: { load(): void };
}

/** Brings a section into view and moves focus to it, fetching its code if it has not arrived. */
export function showSection(entry: NavEntry): void {
  entry.part?.load();
  const target = document.getElementById(entry.id);
  target?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  target?.focus({ preventScroll: true });
}

/** The page's table of contents. */
export function SectionNav({ entries }: { entries: readonly NavEntry[] }) {
  return (
    <nav aria-label="Sections" className="order-last w-full sm:order-none sm:w-auto">
      <ul className="flex flex-wrap gap-1 text-sm">
        {entries.map((entry) => (
          <li key={entry.id}>
            <a
              href={`#${entry.id}`}
              onClick={(event) => {
                // In-page links must not replace the fragment that carries the token.
                event.preventDefault();
                showSection(entry);
              }}
              className="rounded-md px-2 py-1 text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
            >
              {entry.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
