import type { CommentTree } from "@/lib/comments/dto";
import { plural } from "@/lib/threads/format-message";
import type { ThreadMessages } from "@/lib/threads/messages";

/** "Show N more replies" as a plain link to the conversation from the last reply shown. */
export function MoreRepliesLink({ tree, href, messages }: { tree: CommentTree; href: string; messages: ThreadMessages }) {
  return (
    <li className="show-more">
      <a href={href} className="show-more__link">
        {plural(messages.locale, messages.showMoreReplies, tree.moreReplies)}
      </a>
    </li>
  );
}
