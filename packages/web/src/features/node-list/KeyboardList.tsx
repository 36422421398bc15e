import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface KeyboardListProps<T> {
  items: readonly T[];
  /** Accessible name of the list (e.g. "Nodes in view"). */
  label: string;
  itemKey(item: T): string;
  isSelected(item: T): boolean;
  onChoose(item: T): void;
  renderItem(item: T): ReactNode;
}

/**
 * A list that is one Tab stop, whatever its length (a 133-node view would otherwise be 133 stops
 * between the search and the details): a roving tabindex, as in the WAI-ARIA listbox and grid
 * patterns. The arrow keys move inside it (Home/End to the ends), Enter or Space chooses, and Tab
 * leaves it; coming back lands on the item last visited, or the selected one. Each item holds a
 * button, so assistive technology announces it as something to press, while the list keeps its
 * "list, n items" semantics. The selected item is marked aria-current and scrolled into view when
 * the selection changes elsewhere (the graph), without taking the keyboard focus.
 */
export function KeyboardList<T>({
  items,
  label,
  itemKey,
  isSelected,
  onChoose,
  renderItem,
}: KeyboardListProps<T>) {
  const list = useRef<HTMLUListElement>(null);
  const selectedItem = items.find(isSelected);
  const selected = selectedItem === undefined ? null : itemKey(selectedItem);
  // The item that holds the list's Tab stop: the last one visited while it is still listed,
  // else the selected one, else the first.
  const [visited, setVisited] = useState<string | null>(null);
  const keys = items.map(itemKey);
  const stop =
    visited !== null && keys.includes(visited) ? visited : (selected ?? (keys.length > 0 ? keys[0]! : null));

  useEffect(() => {
    if (!selected || !list.current) return;
    // Not while the user works elsewhere in the same panel (the path steps' "Citations"): the
    // panel would scroll away from what they are reading.
    const active = document.activeElement;
    const panel = list.current.closest('aside');
    if (active && panel?.contains(active) && !list.current.contains(active)) return;
    const element = Array.from(list.current.children).find(
      (li) => (li as HTMLElement).dataset.key === selected,
    );
    // jsdom has no scrollIntoView.
    element?.scrollIntoView?.({ block: 'nearest' });
  }, [selected]);

  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>, index: number): void => {
    const elements = Array.from(list.current?.querySelectorAll<HTMLElement>(':scope > li > button') ?? []);
    let next = -1;
    if (e.key === 'ArrowDown') next = Math.min(index + 1, elements.length - 1);
    else if (e.key === 'ArrowUp') next = Math.max(index - 1, 0);
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = elements.length - 1;
    else if (e.key === 'PageDown') next = Math.min(index + 10, elements.length - 1);
    else if (e.key === 'PageUp') next = Math.max(index - 10, 0);
    else if (e.key === 'Enter' || e.key === ' ') {
      // Chosen here rather than by the button's own click, which follows the key a moment later.
      e.preventDefault();
      const item = items[index];
      if (item !== undefined) onChoose(item);
      return;
    } else return;
    e.preventDefault();
    elements[next]?.focus();
  };

  return (
    <ul ref={list} className="keyboard-list" aria-label={label}>
      {items.map((item, index) => {
        const key = itemKey(item);
        const current = isSelected(item);
        return (
          <li
            key={key}
            data-key={key}
            aria-current={current ? 'true' : undefined}
            className={current ? 'current' : undefined}
          >
            <button
              type="button"
              className="keyboard-list-item"
              tabIndex={key === stop ? 0 : -1}
              onClick={() => onChoose(item)}
              onFocus={() => setVisited(key)}
              onKeyDown={(e) => onKeyDown(e, index)}
            >
              {renderItem(item)}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
