import type { ReactNode } from 'react';

export type Attribute = [label: string, value: ReactNode];

/** A definition list of the attributes that have a value. */
export function AttributeList({ attributes }: { attributes: ReadonlyArray<Attribute | null | false> }) {
  const shown = attributes.filter(
    (a): a is Attribute =>
      Boolean(a) &&
      (a as Attribute)[1] !== null &&
      (a as Attribute)[1] !== undefined &&
      (a as Attribute)[1] !== '',
  );
  return (
    <dl className="attributes">
      {shown.map(([label, value]) => (
        <div key={label} className="attribute">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
