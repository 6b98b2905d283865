#include "ssosignindialog.h"

#include "connection/ssosignin.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFont>
#include <QLabel>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace PartSweep {

SsoSignInDialog::SsoSignInDialog(SsoSignIn *signIn, const QString &problem, QWidget *parent)
    : QDialog(parent)
    , m_signIn(signIn)
{
    m_signIn->setParent(this);
    setWindowTitle(tr("Sign in to IAM Identity Center"));

    const QString startUrl = m_signIn->startUrl();
    const QString who =
        startUrl.isEmpty()
            ? tr("Profile %1 signs in with IAM Identity Center, and it needs a new sign-in.").arg(m_signIn->profile())
            : tr("Profile %1 signs in with IAM Identity Center (%2), and it needs a new sign-in.")
                  .arg(m_signIn->profile(), startUrl);
    auto *intro = new QLabel(who + QStringLiteral("\n\n") +
                                 tr("Sign in opens your browser on the sign-in page. Check that the page shows "
                                    "the code displayed here, then approve the access. PartSweep and the AWS CLI "
                                    "share the sign-in."),
                             this);
    intro->setWordWrap(true);
    auto *detail = new QLabel(problem, this);
    detail->setWordWrap(true);
    detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detail->setForegroundRole(QPalette::PlaceholderText);
    detail->setAccessibleName(tr("Why a sign-in is needed"));

    m_code = new QLabel(this);
    m_code->setAlignment(Qt::AlignCenter);
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_code->font();
    big.setPointSizeF(big.pointSizeF() * 2);
    big.setBold(true);
    m_code->setFont(big);
    m_code->setAccessibleName(tr("Code to check on the sign-in page"));
    m_code->hide();
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Sign-in status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_signInButton = buttons->addButton(tr("&Sign in"), QDialogButtonBox::ActionRole);
    m_signInButton->setDefault(true);
    m_openPageButton = buttons->addButton(tr("&Open the page again"), QDialogButtonBox::ActionRole);
    m_openPageButton->hide();
    connect(m_signInButton, &QPushButton::clicked, this, &SsoSignInDialog::begin);
    connect(m_openPageButton, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(m_page); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // However the dialog is closed (Cancel, Escape, the window's close button): stop waiting.
    connect(this, &QDialog::rejected, m_signIn, &SsoSignIn::cancel);

    connect(m_signIn, &SsoSignIn::codeReady, this, &SsoSignInDialog::showCode);
    connect(m_signIn, &SsoSignIn::signedIn, this, [this](const QDateTime &until) {
        m_status->setText(tr("Signed in until %1 UTC.").arg(until.toUTC().toString(QStringLiteral("HH:mm"))));
        accept();
    });
    connect(m_signIn, &SsoSignIn::failed, this, [this](const QString &message) {
        m_status->setText(tr("Not signed in: %1").arg(message));
        m_signInButton->setText(tr("&Try again"));
        m_signInButton->setEnabled(true);
        m_openPageButton->hide();
        m_code->hide();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(detail);
    layout->addWidget(m_code);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

void SsoSignInDialog::begin()
{
    m_signInButton->setEnabled(false);
    m_status->setText(tr("Asking IAM Identity Center for a sign-in code…"));
    m_signIn->start();
}

void SsoSignInDialog::showCode(const QString &userCode, const QUrl &page, const QDateTime &expiresAt)
{
    m_page = page;
    m_code->setText(userCode);
    m_code->show();
    m_openPageButton->show();
    m_status->setText(tr("Your browser opens %1. Check that it shows the code above and approve the access; "
                         "PartSweep waits for the approval (the code works until %2 UTC).")
                          .arg(page.toString(QUrl::RemoveQuery), expiresAt.toUTC().toString(QStringLiteral("HH:mm"))));
    QDesktopServices::openUrl(page);
}

} // namespace PartSweep
