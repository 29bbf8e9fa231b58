/**
 * "Move up" and "Move down" for one item of a list. Ids are `${base}-up` / `${base}-down`; after a move, focus goes
 * to the same button on the moved item unless it reached an end, where that button is disabled, so it takes the other.
 */
export function ReorderButtons({
  base,
  index,
  count,
  name,
  onMove,
}: {
  base: string;
  index: number;
  count: number;
  /** What a screen reader hears after "Move up": 'phase “Triage”'. */
  name: string;
  onMove: (delta: number, focusId: string) => void;
}) {
  return (
    <>
      <button type="button" id={`${base}-up`} className="button button--small" disabled={index === 0} onClick={() => onMove(-1, index - 1 === 0 ? `${base}-down` : `${base}-up`)}>
        Move up<span className="visually-hidden"> {name}</span>
      </button>
      <button
        type="button"
        id={`${base}-down`}
        className="button button--small"
        disabled={index === count - 1}
        onClick={() => onMove(1, index + 1 === count - 1 ? `${base}-up` : `${base}-down`)}
      >
        Move down<span className="visually-hidden"> {name}</span>
      </button>
    </>
  );
}
