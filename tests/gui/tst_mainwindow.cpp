// The main window shell, offscreen: what a user sees on first start.
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QtTest>

#include "appinfo.h"
#include "mainwindow.h"

using PartSweep::MainWindow;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        PartSweep::AppInfo::applyToApplication();
        QSettings().clear();
    }

    void showsTitleMenusAndStatus()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.windowTitle().contains(QStringLiteral("PartSweep")));

        QStringList menus;
        for (QAction *a : window.menuBar()->actions())
            menus << a->text().remove(u'&');
        QCOMPARE(menus, (QStringList{QStringLiteral("File"), QStringLiteral("View"), QStringLiteral("Help")}));

        QCOMPARE(window.connectionLabel()->text(), QStringLiteral("Not connected"));
        QVERIFY(window.statusBar()->isVisible());
        QVERIFY(window.findChild<QAction *>(QStringLiteral("actionAbout")));
    }

    void quitClosesTheWindow()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *quit = window.findChild<QAction *>(QStringLiteral("actionQuit"));
        QVERIFY(quit);
        QCOMPARE(quit->shortcut(), QKeySequence(QKeySequence::Quit));
        quit->trigger();
        QVERIFY(!window.isVisible());
    }

    void remembersItsSize()
    {
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(777, 555);
            QTRY_COMPARE(window.size(), QSize(777, 555));
            window.close();
        }
        MainWindow again;
        QCOMPARE(again.size(), QSize(777, 555));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
