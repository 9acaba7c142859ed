export { signInWithSsoToken } from "./sign-in-with-sso-token";
