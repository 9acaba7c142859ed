import { z } from "zod";
import { AppError } from "@/lib/errors";

type Options = {
  /** Say `message` itself instead of the first problem: for forms that show every field's error beside it. */
  summarize?: boolean;
};

/** Parses a use-case's input, or throws invalid_input with every field's problems. */
export function parseInput<T extends z.ZodType>(schema: T, raw: unknown, message: string, { summarize = false }: Options = {}): z.infer<T> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const { fieldErrors, formErrors } = z.flattenError(parsed.error);
  const first = Object.values(fieldErrors as Record<string, string[] | undefined>).find((m) => m?.length)?.[0] ?? formErrors[0];
  throw new AppError("invalid_input", summarize ? message : (first ?? message), { fieldErrors: fieldErrors as Record<string, string[]> });
}
