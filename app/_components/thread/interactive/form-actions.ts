import type { VoteResult } from "@/lib/comments/vote-comment";
import type { FormState } from "@/lib/forms/form-state";

export type CommentFormState = FormState & { commentId?: number };
export type VoteFormState = FormState & { vote?: VoteResult };

type Action<S> = (previous: S, formData: FormData) => Promise<S>;

/** The server actions a page plugs into the interactive thread (the article page passes its own). */
export type CommentFormActions = {
  post: Action<CommentFormState>;
  edit: Action<CommentFormState>;
  delete: Action<FormState>;
  vote: Action<VoteFormState>;
  report: Action<FormState>;
};
