#pragma once

#include <QMainWindow>

class QAction;
class QLabel;

namespace PartSweep {

// The main window: layout and action wiring only. Owned by main(); lives on the GUI thread.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    QLabel *connectionLabel() const { return m_connectionLabel; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createStatusBar();
    void restoreWindowState();
    void handleAbout();

    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QLabel *m_connectionLabel = nullptr;
};

} // namespace PartSweep
