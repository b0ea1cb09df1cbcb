/**
 * The Form methods @types/google-apps-script lacks: publishing (forms made through the API after January 2026
 * start unpublished) and the Workspace-only sign-in requirement. Each may be absent on an older runtime.
 */
export interface PublishableForm {
  setPublished?(enabled: boolean): unknown;
  isPublished?(): boolean;
  setRequireLogin?(required: boolean): unknown;
  requiresLogin?(): boolean;
  isAcceptingResponses?(): boolean;
  setAcceptingResponses?(enabled: boolean): unknown;
}

export function asPublishable(form: GoogleAppsScript.Forms.Form): PublishableForm {
  return form as unknown as PublishableForm;
}

/** Publishes the form, lets customers answer without signing in, and opens it to answers. True when it changed. */
export function openToCustomers(form: GoogleAppsScript.Forms.Form): boolean {
  const f = asPublishable(form);
  let changed = false;
  if (typeof f.isPublished === 'function' && !f.isPublished() && typeof f.setPublished === 'function') {
    f.setPublished(true);
    changed = true;
  }
  try {
    // Workspace domains may default to "respondents must sign in": customers have no account in the shop's domain.
    if (typeof f.requiresLogin === 'function' && f.requiresLogin() && typeof f.setRequireLogin === 'function') {
      f.setRequireLogin(false);
      changed = true;
    }
  } catch {
    // Consumer accounts have no sign-in setting.
  }
  if (typeof f.isAcceptingResponses === 'function' && !f.isAcceptingResponses() && typeof f.setAcceptingResponses === 'function') {
    f.setAcceptingResponses(true);
    changed = true;
  }
  return changed;
}
