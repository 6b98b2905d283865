#include "gui/lifecycleflow.h"

#include "inventory/inventorymodel.h"
#include "lifecycle/lifecycleworker.h"
#include "lifecycledialog.h"
#include "mainwindow.h"

namespace PartSweep {

LifecycleFlow::LifecycleFlow(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    connect(window, &MainWindow::inventoryScanned, this, &LifecycleFlow::readAll);
    connect(window, &MainWindow::abortRuleRequested, this, &LifecycleFlow::openDialog);
}

void LifecycleFlow::readAll()
{
    if (!m_window || !m_window->client())
        return;
    delete m_reader; // a refresh: the newer reading wins
    InventoryModel *model = m_window->inventory();
    QStringList buckets;
    for (int row = 0; row < model->rowCount(); ++row)
        buckets << model->index(row, InventoryModel::NameColumn).data(InventoryModel::BucketRole).toString();
    auto *reader = new LifecycleWorker(m_window->client(), this);
    m_reader = reader;
    connect(reader, &LifecycleWorker::bucketChanged, this, [this, reader](int index) {
        if (!m_window)
            return;
        const LifecycleWorker::Bucket &b = reader->buckets()[index];
        using State = LifecycleWorker::State;
        switch (b.state) {
        case State::Read:
            return m_window->inventory()->setBucketAbortRule(
                b.name, b.text,
                tr("%1\n\nThe lifecycle configuration, read-only:\n%2").arg(b.text, b.current.describe()));
        case State::NotSupported:
            return m_window->inventory()->setBucketAbortRule(b.name, tr("not supported"), b.text);
        case State::Unreadable:
            return m_window->inventory()->setBucketAbortRule(b.name, tr("not understood"), b.text);
        default:
            return m_window->inventory()->setBucketAbortRule(b.name, tr("unknown"), b.text);
        }
    });
    connect(reader, &LifecycleWorker::finished, reader, &QObject::deleteLater);
    reader->read(buckets);
}

void LifecycleFlow::openDialog(const QStringList &buckets)
{
    if (!m_window || !m_window->client())
        return;
    auto *dialog = new LifecycleDialog(m_window->client(), buckets, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &LifecycleDialog::abortRuleChanged, this, [this](const QString &bucket, const QString &rule) {
        if (m_window)
            m_window->inventory()->setBucketAbortRule(bucket, rule);
    });
    dialog->open();
}

} // namespace PartSweep
