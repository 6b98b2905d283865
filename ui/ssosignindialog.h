#pragma once

#include <QDialog>
#include <QUrl>

class QLabel;
class QPushButton;

namespace PartSweep {

class SsoSignIn;

// Signing a profile in to IAM Identity Center when its sign-in is missing or expired: says what
// will happen, and on "Sign in" opens the browser on the service's page (QDesktopServices) with
// the code shown here to compare, then waits for the approval. Accepted once signed in (the token
// is then cached for PartSweep and the AWS CLI alike); Cancel stops waiting.
class SsoSignInDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SsoSignInDialog)

public:
    // signIn: the profile's sign-in (not owned; reparented to the dialog).
    SsoSignInDialog(SsoSignIn *signIn, const QString &problem, QWidget *parent = nullptr);

    QPushButton *signInButton() const { return m_signInButton; }
    QLabel *codeLabel() const { return m_code; }
    QLabel *statusLabel() const { return m_status; }

private:
    void begin();
    void showCode(const QString &userCode, const QUrl &page, const QDateTime &expiresAt);

    SsoSignIn *m_signIn;
    QLabel *m_code;
    QLabel *m_status;
    QPushButton *m_signInButton;
    QPushButton *m_openPageButton;
    QUrl m_page;
};

} // namespace PartSweep
