export { getSiteByPublicId, type EmbedSite } from "@/lib/sites/get-site";
export { isAllowedOrigin } from "@/lib/sites/normalize-origin";
