import { useEffect, useState } from 'react';
import { applyTheme, loadThemeChoice, saveThemeChoice, type ThemeChoice } from './theme.ts';

const NEXT: Record<ThemeChoice, ThemeChoice> = { system: 'light', light: 'dark', dark: 'system' };
const LABEL: Record<ThemeChoice, string> = {
  system: 'Theme: system',
  light: 'Theme: light',
  dark: 'Theme: dark',
};

export function ThemeSwitch() {
  const [choice, setChoice] = useState(loadThemeChoice);
  useEffect(() => {
    applyTheme(choice);
    saveThemeChoice(choice);
    if (choice !== 'system') return undefined;
    const query = window.matchMedia('(prefers-color-scheme: dark)');
    const follow = () => applyTheme('system');
    query.addEventListener('change', follow);
    return () => query.removeEventListener('change', follow);
  }, [choice]);
  return (
    <button
      type="button"
      onClick={() => setChoice(NEXT[choice])}
      className="rounded-md border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
      title="Switch between the system, light and dark themes"
    >
      {LABEL[choice]}
    </button>
  );
}
