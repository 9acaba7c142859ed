export { type EmbedSite, getSiteByPublicId } from "@/lib/sites/get-site-by-public-id";
export { isAllowedOrigin } from "./is-allowed-origin";
