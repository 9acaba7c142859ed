// Imported first by every command-line entry, before anything reads the environment or opens the database.
import { prepareCommandLine } from "./client";

await prepareCommandLine();
