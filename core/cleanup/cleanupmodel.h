#pragma once

#include "cleanup/cleanuptypes.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <algorithm>

class QTimer;

namespace PartSweep {

class CleanupJob;

// A table over a cleanup job's uploads, one row per upload, for the progress view.
//
// Threading and ownership: lives on the job's thread; watches the job (does not own it).
// setJob() is a reset; a job's rows then come in slices of sliceRows(), one slice per pass of the
// event loop (rowsInserted at the end), so that a view taking a job of a million uploads (its
// header's sections, a proxy's mapping) never holds up the event loop for long. Once all are in,
// the rows are fixed. Changes arrive batched from the job's progressed() signal (at most every
// 100 ms with the indices changed) and are announced as one dataChanged per contiguous run of
// rows in the model, over the changing columns, with an explicit role list; a row that comes in
// later shows its state as of then. Typed raw values through custom roles; icons, colours and
// fonts are the views' job.
class CleanupModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CleanupModel)

public:
    enum Column
    {
        BucketColumn,
        KeyColumn,
        UploadIdColumn,
        InitiatedColumn,
        SizeColumn,    // bytes (empty when unknown)
        StateColumn,   // state in words
        AbortsColumn,  // abort requests sent
        ChargedColumn, // requests charged to the requester
        ReasonColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        BucketRole = Qt::UserRole + 1, // QString
        KeyRole,                       // QString
        UploadIdRole,                  // QString
        InitiatedRole,                 // QDateTime UTC
        SizeRole,                      // qint64, -1 unknown
        StateRole,                     // CleanupState
        AbortsRole,                    // int
        ChargedRole,                   // int
        ReasonRole,                    // QString
        RequestIdsRole,                // QStringList
        IsFinalRole,                   // bool: no more work for it in this run
        SortRole,                      // the raw value of the cell's column
    };
    Q_ENUM(Role)

    explicit CleanupModel(QObject *parent = nullptr);

    void setJob(CleanupJob *job); // nullptr: empty
    CleanupJob *job() const { return m_job; }
    // Rows added per pass of the event loop (and at setJob()); at least 1.
    void setSliceRows(int rows) { m_sliceRows = std::max(1, rows); }
    int sliceRows() const { return m_sliceRows; }
    // Whether every upload of the job is a row yet.
    bool isComplete() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void handleProgressed(const QList<int> &changed);
    void addSlice();
    QVariant raw(const CleanupItem &item, int column) const;

    QPointer<CleanupJob> m_job;
    QMetaObject::Connection m_connection;
    int m_rows = 0; // of the job's uploads, the first m_rows are rows
    int m_sliceRows = 50'000;
    QTimer *m_sliceTimer;
};

} // namespace PartSweep
