import type { Framework } from "@/domain/framework/framework-schema";

/** The page of one version of a workspace's imported model (members of that workspace only). */
export function importedFrameworkPath(slug: string, framework: Pick<Framework, "id" | "version">, latest = false): string {
  const base = `/w/${slug}/frameworks/${framework.id}`;
  return latest ? base : `${base}?version=${encodeURIComponent(framework.version)}`;
}
