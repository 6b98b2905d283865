#pragma once

#include "auth/credentials.h"

class QWidget;

namespace PartSweep {

// The window's answer to "which MFA code?" (a role profile with mfa_serial): a dialog over
// `parent` on the GUI thread, while the worker resolving the connection waits for it. Safe to call
// from any thread; when `parent` is gone (the window closed meanwhile) or the user cancels or
// enters nothing, an error that says so. Must not be called on the GUI thread itself.
CredentialResolver::MfaPrompt windowMfaPrompt(QWidget *parent);

} // namespace PartSweep
