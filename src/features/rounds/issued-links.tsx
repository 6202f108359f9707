// Moved to src/components so the next-round feature shows new links the same way.
export { IssuedLinks } from "@/components/issued-links";
