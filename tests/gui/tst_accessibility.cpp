// What a screen reader announces: every control a keyboard user can reach in the main window and
// the dialogs (connection, cleanup confirmation, preferences, IAM Identity Center sign-in) has an
// accessible name, read through Qt Accessibility as assistive technology reads it; and every
// action of the menus has a keyboard shortcut or a mnemonic.
#include "cleanup/cleanuptypes.h"
#include "cleanupconfirmdialog.h"
#include "connection/connectionresolver.h"
#include "connection/connectionstore.h"
#include "connection/secretstore.h"
#include "connection/ssosignin.h"
#include "connectiondialog.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "ssosignindialog.h"

#include <QAccessible>
#include <QAction>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace PartSweep;
using namespace Qt::StringLiterals;

namespace {

// The controls of `top` that take the keyboard focus and that assistive technology reads with
// an empty name.
QStringList unnamed(QWidget *top)
{
    QStringList out;
    QList<QWidget *> widgets = top->findChildren<QWidget *>();
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->isVisibleTo(top) || w->focusPolicy() == Qt::NoFocus || w->focusProxy())
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
            out << u"%1 %2"_s.arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
    }
    return out;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void mainWindowControlsHaveNames()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QStringList missing = unnamed(&window);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", "_s)));
    }

    void menuActionsCanBeReachedByKeyboard()
    {
        MainWindow window;
        QStringList missing;
        for (QAction *menu : window.menuBar()->actions()) {
            if (!menu->text().contains(u'&'))
                missing << menu->text();
            for (QAction *action : menu->menu()->actions()) {
                if (!action->isSeparator() && !action->text().contains(u'&') && action->shortcut().isEmpty())
                    missing << action->text();
            }
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", "_s)));
    }

    void dialogControlsHaveNames()
    {
        QProcessEnvironment env;
        env.insert(u"HOME"_s, m_dir.path());
        MemorySecretStore secrets(u"No keychain service (test)."_s);
        ConnectionResolver resolver(env, m_dir.path(), &secrets);
        ConnectionStore store(std::make_unique<QSettings>(m_dir.filePath(u"c.ini"_s), QSettings::IniFormat));
        ConnectionDialog connection(store, secrets, resolver);

        CleanupTarget target;
        target.upload.bucket = u"media"_s;
        target.upload.key = u"a.bin"_s;
        target.upload.uploadId = u"id"_s;
        target.upload.initiated = QDateTime::currentDateTimeUtc().addDays(-30);
        target.size = 1024;
        CleanupConfirmDialog confirm({target}, CleanupOptions{}, QDateTime::currentDateTimeUtc());
        PreferencesDialog preferences;
        SsoSignInDialog signIn(new SsoSignIn(CredentialResolver(env, m_dir.path()), u"dev"_s), u"expired"_s);

        for (QDialog *dialog : std::initializer_list<QDialog *>{&connection, &confirm, &preferences, &signIn}) {
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            const QStringList missing = unnamed(dialog);
            QVERIFY2(missing.isEmpty(),
                     qPrintable(u"%1: %2"_s.arg(QString::fromLatin1(dialog->metaObject()->className()),
                                                missing.join(u", "_s))));
            dialog->hide();
        }
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
