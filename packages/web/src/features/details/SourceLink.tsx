import type { SourceFieldsFragment } from '../../gql/graphql';

/** A source's title, linked when it has a URL (opened in a new tab: the explorer keeps its view). */
export function SourceLink({ source }: { source: SourceFieldsFragment }) {
  if (!source.url) return <cite>{source.title}</cite>;
  return (
    <a href={source.url} target="_blank" rel="noopener noreferrer">
      <cite>{source.title}</cite>
    </a>
  );
}
