import type { RoundScores } from "@/domain/scoring/round-scoring";

/** Comments without names; a group is named only where the group split shows it on its own. */
export function CommentsList({ scores }: { scores: RoundScores }) {
  const withComments = scores.dimensions.filter((dimension) => dimension.comments.length > 0);
  if (withComments.length === 0) return <p className="text-ink-muted">No comments yet.</p>;
  return (
    <div className="space-y-4">
      {withComments.map((dimension) => (
        <section key={dimension.dimensionId} aria-labelledby={`comments-${dimension.dimensionId}`}>
          <h3 id={`comments-${dimension.dimensionId}`} className="font-semibold">
            {dimension.name}
          </h3>
          <ul className="mt-1 space-y-1 text-sm">
            {dimension.comments.map((comment, index) => (
              <li key={index} className="rounded-md bg-surface p-2">
                <span className="whitespace-pre-wrap break-words">{comment.text}</span>
                {comment.group ? <span className="ml-2 text-ink-muted">({comment.group})</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
