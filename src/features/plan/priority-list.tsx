"use client";

import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type DragEndEvent } from "@dnd-kit/core";
import { arrayMove, SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { useActionState, useState, useTransition } from "react";

import { FormMessage } from "@/components/form/form-message";
import { Button } from "@/components/ui/button";
import { moveInOrder } from "@/domain/plan/prioritize";
import { formatGap } from "@/domain/scoring/format";
import { idleFormState, type FormState } from "@/lib/form-state";

export type PriorityItem = {
  dimensionId: string;
  name: string;
  gap: number;
  score: number;
  computedRank: number;
  reason: string;
  drives: { outcomeId: string; name: string; scenarios: readonly string[] }[];
};

type Props = {
  items: PriorityItem[];
  manualOrder: boolean;
  canEdit: boolean;
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
};

function Row({ item, rank, count, canEdit, manualOrder, onMove }: { item: PriorityItem; rank: number; count: number; canEdit: boolean; manualOrder: boolean; onMove: (direction: "up" | "down") => void }) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: item.dimensionId, disabled: !canEdit });
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      className={`rounded-md border border-line bg-surface p-3 ${isDragging ? "relative z-10 shadow-lg" : ""}`}
      data-testid="priority-row"
    >
      <div className="flex items-start gap-3">
        {canEdit ? (
          <button
            type="button"
            ref={setActivatorNodeRef}
            {...attributes}
            {...listeners}
            aria-label={`Drag ${item.name} to re-order (or use Space, then the arrow keys)`}
            className="mt-0.5 cursor-grab touch-none rounded px-1 text-lg leading-none text-ink-muted hover:bg-brand-50 focus-visible:outline-3 focus-visible:outline-brand-600"
          >
            ⠿
          </button>
        ) : null}
        <span className="mt-0.5 w-6 shrink-0 text-right font-semibold text-brand-900">{rank}.</span>
        <div className="min-w-0 flex-1">
          <p className="font-medium">
            {item.name} <span className="text-sm font-normal text-ink-muted">· gap {formatGap(item.gap)} · score {item.score}</span>
            {manualOrder && item.computedRank !== rank ? <span className="text-sm font-normal text-ink-muted"> · computed rank {item.computedRank}</span> : null}
          </p>
          <p className="text-sm">{item.reason}</p>
          {item.drives.length > 0 ? (
            <ul className="mt-1 space-y-0.5 text-sm text-ink-muted">
              {item.drives.map((outcome) => (
                <li key={outcome.outcomeId}>
                  <span className="font-medium text-ink">{outcome.name}</span> unlocks: {outcome.scenarios.join("; ")}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
        {canEdit ? (
          <div className="flex shrink-0 flex-col gap-1">
            <Button type="button" size="sm" variant="secondary" onClick={() => onMove("up")} disabled={rank === 1} aria-label={`Move ${item.name} up`}>
              ↑
            </Button>
            <Button type="button" size="sm" variant="secondary" onClick={() => onMove("down")} disabled={rank === count} aria-label={`Move ${item.name} down`}>
              ↓
            </Button>
          </div>
        ) : null}
      </div>
    </li>
  );
}

/** The prioritized gaps: drag (or Move up / Move down) to re-order; the order is kept on the server. */
export function PriorityList({ items, manualOrder, canEdit, action }: Props) {
  const [state, formAction] = useActionState(action, idleFormState);
  const [pending, startTransition] = useTransition();
  const [order, setOrder] = useState(() => items.map((item) => item.dimensionId));
  const byId = new Map(items.map((item) => [item.dimensionId, item]));
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));

  // The server's order wins whenever it changes (outcomes chosen, order reset): adjusted while
  // rendering, as React recommends for state that follows a prop.
  const serverOrder = items.map((item) => item.dimensionId).join(",");
  const [seenServerOrder, setSeenServerOrder] = useState(serverOrder);
  if (seenServerOrder !== serverOrder) {
    setSeenServerOrder(serverOrder);
    setOrder(items.map((item) => item.dimensionId));
  }

  const save = (next: string[]) => {
    setOrder(next);
    const formData = new FormData();
    for (const id of next) formData.append("order", id);
    startTransition(() => formAction(formData));
  };
  const reset = () => startTransition(() => formAction(new FormData()));
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    save(arrayMove(order, order.indexOf(String(active.id)), order.indexOf(String(over.id))));
  };

  return (
    <div className="space-y-3">
      <FormMessage state={pending ? { status: "idle", message: "Saving the order…" } : state} />
      <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
        <SortableContext items={order} strategy={verticalListSortingStrategy}>
          <ol className="space-y-2" aria-label="Prioritized gaps, most urgent first">
            {order.map((id, index) =>
              byId.has(id) ? <Row key={id} item={byId.get(id)!} rank={index + 1} count={order.length} canEdit={canEdit} manualOrder={manualOrder} onMove={(direction) => save(moveInOrder(order, id, direction))} /> : null,
            )}
          </ol>
        </SortableContext>
      </DndContext>
      {canEdit && manualOrder ? (
        <Button type="button" variant="secondary" onClick={reset}>
          Use the computed order again
        </Button>
      ) : null}
    </div>
  );
}
