#pragma once

#include "cleanup/cleanuptypes.h"
#include "cleanup/selectiontally.h"
#include "pricing/pricetable.h"

#include <QDateTime>
#include <QDialog>

#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QComboBox;

namespace PartSweep {

// The confirmation before a cleanup: states exactly what will happen (how many uploads, how
// many bytes, in which buckets, which are kept back by the age guard) and the options (dry run,
// requester pays, expected bucket owner, the age guard, verification, attempts, concurrency).
// The accept button says what it does ("Abort 1,234 uploads (5.0 GiB)" or "Dry run: change
// nothing") and is the default only for a dry run: a destructive action is never one Enter away.
class CleanupConfirmDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CleanupConfirmDialog)

public:
    // serverNow: the server's time, which the age guard is measured on (nullopt: unknown, and then
    // nothing can be aborted while a guard is set).
    CleanupConfirmDialog(const QList<CleanupTarget> &targets, const CleanupOptions &defaults,
                         const std::optional<QDateTime> &serverNow, QWidget *parent = nullptr);

    CleanupOptions options() const;
    QString summaryText() const;
    // False while a large selection is still being counted (the accept button is disabled).
    bool isTallied() const { return m_tally.has_value(); }
    // What storage costs on the connection: the summary says what the cleanup saves a month.
    void setCostModel(const CostModel &cost);

private:
    void update();

    qsizetype m_targetCount;
    std::optional<SelectionTally> m_tally; // nullopt while a large selection is tallied on a worker
    CleanupOptions m_defaults;
    CostModel m_cost;

    QLabel *m_summary;
    QLabel *m_buckets;
    QCheckBox *m_dryRun;
    QCheckBox *m_requestPayer;
    QLineEdit *m_expectedOwner;
    QSpinBox *m_guardValue;
    QComboBox *m_guardUnit;
    QCheckBox *m_verify;
    QLabel *m_verifyWarning;
    QSpinBox *m_maxAborts;
    QSpinBox *m_concurrency;
    QDialogButtonBox *m_buttons;
    QPushButton *m_accept;
};

} // namespace PartSweep
