// Moved to src/components/form so the client-access panel uses the same one-button forms.
export { InlineActionForm } from "@/components/form/inline-action-form";
