import { Badge } from "@/components/ui/badge";

export function LevelBadge({ rank }: { rank: number }) {
  return <Badge>Level {rank}</Badge>;
}
