#include "mfaprompt.h"

#include <QApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QPointer>
#include <QWidget>

namespace PartSweep {

CredentialResolver::MfaPrompt windowMfaPrompt(QWidget *parent)
{
    return [guard = QPointer<QWidget>(parent)](const QString &profile, const QString &mfaSerial) -> Result<QString> {
        QString code;
        bool ok = false;
        // Posted to the application object, which outlives every window: the window itself may be
        // destroyed between any check here and the call being run.
        QMetaObject::invokeMethod(
            qApp,
            [&] {
                if (!guard)
                    return;
                code = QInputDialog::getText(guard.data(), QApplication::translate("MfaPrompt", "MFA code"),
                                             QApplication::translate("MfaPrompt",
                                                                     "Profile %1 assumes a role with MFA device %2.\n"
                                                                     "Enter the device's current code:")
                                                 .arg(profile, mfaSerial),
                                             QLineEdit::Normal, QString(), &ok);
            },
            Qt::BlockingQueuedConnection);
        if (!ok || code.trimmed().isEmpty()) {
            S3Error error;
            error.kind = S3Error::Kind::Credentials;
            error.message =
                QApplication::translate("MfaPrompt", "No MFA code was entered for profile '%1'.").arg(profile);
            error.hint =
                QApplication::translate("MfaPrompt", "Connect again and enter the code your MFA device shows.");
            return error;
        }
        return code.trimmed();
    };
}

} // namespace PartSweep
