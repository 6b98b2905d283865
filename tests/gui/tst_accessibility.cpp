// What a screen reader announces: every control a keyboard user can reach in the main window and
// the dialogs (connection, cleanup confirmation, progress view, lifecycle rule, preferences, IAM
// Identity Center sign-in) has an
// accessible name, read through Qt Accessibility as assistive technology reads it; no read-only
// table keeps the Tab key to itself (Tab moves on, arrows move within); and every action of the
// menus has a keyboard shortcut or a mnemonic.
#include "cleanup/cleanupjob.h"
#include "cleanup/cleanuptypes.h"
#include "cleanupconfirmdialog.h"
#include "cleanupprogressview.h"
#include "connection/connectionresolver.h"
#include "connection/connectionstore.h"
#include "connection/secretstore.h"
#include "connection/ssosignin.h"
#include "connectiondialog.h"
#include "lifecycledialog.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "s3/s3client.h"
#include "ssosignindialog.h"
#include "translations.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QAction>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace PartSweep;
using namespace Qt::StringLiterals;

namespace {

// The controls of `top` that take the keyboard focus and that assistive technology reads with
// an empty name, and the read-only views that trap the Tab key.
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
        const auto *view = qobject_cast<QAbstractItemView *>(w);
        if (view && view->editTriggers() == QAbstractItemView::NoEditTriggers && view->tabKeyNavigation())
            out << u"%1 %2 keeps the Tab key"_s.arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
    }
    return out;
}

// The Alt+letter keys a window answers to (button and menu mnemonics, label buddies), each with
// what it belongs to. A key held by two controls only moves the focus between them; a user
// pressing it expects the one thing it names.
QMultiMap<QString, QString> mnemonicsOf(QWidget *top)
{
    QMultiMap<QString, QString> out;
    const auto add = [&out](const QString &text, const QString &owner) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            out.insert(key.toString(QKeySequence::PortableText), owner + u" \""_s + text + u'"');
    };
    for (QWidget *w : top->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(top) || w->window() != top)
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(button->text(), u"button"_s);
        else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
            add(label->text(), u"label"_s);
        else if (auto *bar = qobject_cast<QMenuBar *>(w)) {
            for (QAction *menu : bar->actions())
                add(menu->text(), u"menu"_s);
        }
    }
    return out;
}

QStringList clashes(const QMultiMap<QString, QString> &keys)
{
    QStringList out;
    for (const QString &key : keys.uniqueKeys()) {
        if (keys.count(key) > 1)
            out << key + u": "_s + QStringList(keys.values(key)).join(u", "_s);
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

    // Checked in English and in German (the shipped translation): names and Alt keys are
    // translated, so a clash can come with the translation.
    void mainWindowControlsHaveNames_data() { languages(); }
    void mainWindowControlsHaveNames()
    {
        QFETCH(QLocale, locale);
        Translations::install(*qApp, locale);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QStringList missing = unnamed(&window);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", "_s)));
        const QStringList twice = clashes(mnemonicsOf(&window));
        QVERIFY2(twice.isEmpty(), qPrintable(twice.join(u"; "_s)));
    }

    // Within an open menu a letter picks one item; a letter two items share only moves between
    // them (View > Fetch all sizes did nothing: "&Summary" had the same S).
    void menuActionsCanBeReachedByKeyboard_data() { languages(); }
    void menuActionsCanBeReachedByKeyboard()
    {
        QFETCH(QLocale, locale);
        Translations::install(*qApp, locale);
        MainWindow window;
        QStringList missing;
        QStringList twice;
        for (QAction *menu : window.menuBar()->actions()) {
            if (!menu->text().contains(u'&'))
                missing << menu->text();
            QMultiMap<QString, QString> letters;
            for (QAction *action : menu->menu()->actions()) {
                if (!action->isSeparator() && !action->text().contains(u'&') && action->shortcut().isEmpty())
                    missing << action->text();
                if (const QKeySequence key = QKeySequence::mnemonic(action->text()); !key.isEmpty())
                    letters.insert(key.toString(QKeySequence::PortableText), action->text());
            }
            for (const QString &clash : clashes(letters))
                twice << menu->text() + u" "_s + clash;
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", "_s)));
        QVERIFY2(twice.isEmpty(), qPrintable(twice.join(u"; "_s)));
    }

    void dialogControlsHaveNames_data() { languages(); }
    void dialogControlsHaveNames()
    {
        QFETCH(QLocale, locale);
        Translations::install(*qApp, locale);
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

        // A job and a client that are never started: their windows are what is read here. The
        // endpoint is closed, so the lifecycle dialog's reading fails at once, as it may for a user.
        S3ClientConfig config;
        config.endpoint = QUrl(u"http://127.0.0.1:9"_s);
        config.region = u"us-east-1"_s;
        config.credentials.accessKeyId = u"AKIAACCESSIBILITY"_s;
        config.credentials.secretAccessKey = u"not-used"_s;
        CleanupJob job(config, CleanupOptions{}, {target});
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        CleanupProgressView progress(&job);
        progress.setAttribute(Qt::WA_DeleteOnClose, false);
        S3Client client(config);
        LifecycleDialog lifecycle(&client, {u"media"_s});

        for (QWidget *dialog :
             std::initializer_list<QWidget *>{&connection, &confirm, &progress, &lifecycle, &preferences, &signIn}) {
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            const QStringList missing = unnamed(dialog);
            QVERIFY2(missing.isEmpty(),
                     qPrintable(u"%1: %2"_s.arg(QString::fromLatin1(dialog->metaObject()->className()),
                                                missing.join(u", "_s))));
            // A modal dialog holds the keyboard alone; the progress view is a window beside the
            // main window, whose menus and labels keep their Alt keys while it is in front.
            QMultiMap<QString, QString> keys = mnemonicsOf(dialog);
            if (dialog == &progress)
                keys.unite(mnemonicsOf(&window));
            const QStringList twice = clashes(keys);
            QVERIFY2(twice.isEmpty(), qPrintable(u"%1: %2"_s.arg(QString::fromLatin1(dialog->metaObject()->className()),
                                                                 twice.join(u"; "_s))));
            dialog->hide();
        }
    }

private:
    static void languages()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::newRow("English") << QLocale(QLocale::English, QLocale::UnitedStates);
        QTest::newRow("German") << QLocale(QLocale::German, QLocale::Germany);
    }

    QTemporaryDir m_dir;
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
