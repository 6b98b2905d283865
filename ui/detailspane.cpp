#include "detailspane.h"

#include "util/format.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace PartSweep {

namespace {
// A value as rich text that can wrap: a run of more than 24 characters without a break (a
// 64-digit canonical user id) gets soft break opportunities, so that the pane keeps its width.
QString wrappable(const QString &value)
{
    QString out;
    int run = 0;
    for (const QChar c : value) {
        out += c;
        run = (c.isSpace() || c == u'/' || c == u'-' || c == u':') ? 0 : run + 1;
        if (run >= 24) {
            out += QChar(0x200B); // zero-width space
            run = 0;
        }
    }
    return out.toHtmlEscaped();
}

QString row(const QString &name, const QString &value)
{
    return QStringLiteral("<tr><td style='padding-right:8px'><b>%1</b></td><td>%2</td></tr>")
        .arg(name.toHtmlEscaped(), wrappable(value));
}
} // namespace

DetailsPane::DetailsPane(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_uploadIdLabel(new QLabel(tr("&Upload id"), this))
    , m_uploadId(new QLineEdit(this))
    , m_fields(new QLabel(this))
    , m_partsHeader(new QLabel(this))
    , m_parts(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("detailsPane"));
    m_title->setObjectName(QStringLiteral("detailsTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    // The upload id whole and exact, to copy (AWS's are 120 characters): a read-only field that
    // scrolls, instead of a label that would widen the pane.
    m_uploadId->setObjectName(QStringLiteral("detailsUploadId"));
    m_uploadId->setReadOnly(true);
    m_uploadId->setFrame(false);
    m_uploadId->setAccessibleName(tr("Upload id"));
    QPalette transparent = m_uploadId->palette();
    transparent.setColor(QPalette::Base, Qt::transparent);
    m_uploadId->setPalette(transparent);
    m_uploadIdLabel->setFont(bold);
    m_uploadIdLabel->setBuddy(m_uploadId);
    m_fields->setObjectName(QStringLiteral("detailsFields"));
    m_fields->setTextFormat(Qt::RichText);
    m_fields->setWordWrap(true);
    m_fields->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_partsHeader->setObjectName(QStringLiteral("detailsPartsHeader"));
    m_partsHeader->setWordWrap(true);
    m_parts->setObjectName(QStringLiteral("detailsParts"));
    m_parts->setColumnCount(4);
    m_parts->setHeaderLabels({tr("Part"), tr("Size"), tr("ETag"), tr("Last modified")});
    m_parts->setRootIsDecorated(false);
    m_parts->setUniformRowHeights(true);
    m_parts->setAlternatingRowColors(true);
    m_parts->header()->setStretchLastSection(true);
    m_parts->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Expanding);

    auto *idRow = new QHBoxLayout;
    idRow->setContentsMargins(2, 0, 0, 0);
    idRow->addWidget(m_uploadIdLabel);
    idRow->addWidget(m_uploadId, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(idRow);
    layout->addWidget(m_fields);
    layout->addWidget(m_partsHeader);
    layout->addWidget(m_parts, 1);
    layout->addStretch(0); // keeps the labels at the top while there is no parts list
    // The title wraps to the pane's width; its longest word never widens the pane (a key of 1,000
    // characters without a slash is cut, its whole text in the tooltip).
    // Vertically each label takes the height its wrapped text needs at the pane's width (never
    // less: a capped height cut the last fields off).
    for (QLabel *label : {m_title, m_partsHeader})
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Minimum);
    // The fields wrap within the pane (their values have soft breaks).
    m_fields->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    showNothing();
}

QSize DetailsPane::sizeHint() const
{
    return {fontMetrics().horizontalAdvance(u'x') * 32, QWidget::sizeHint().height()};
}

QSize DetailsPane::minimumSizeHint() const
{
    return {fontMetrics().horizontalAdvance(u'x') * 10, QWidget::minimumSizeHint().height()};
}

void DetailsPane::showUploadId(const QString &uploadId)
{
    m_uploadId->setText(uploadId);
    m_uploadId->setCursorPosition(0);
    m_uploadId->setVisible(!uploadId.isEmpty());
    m_uploadIdLabel->setVisible(!uploadId.isEmpty());
}

void DetailsPane::showNothing()
{
    m_title->setText(tr("No upload selected"));
    m_title->setToolTip({});
    showUploadId({});
    m_fields->setText(tr("Select an upload to see its parts."));
    m_partsHeader->clear();
    m_parts->clear();
    m_parts->hide();
}

void DetailsPane::showBucket(const QString &bucket, const Fields &fields)
{
    m_title->setText(tr("Bucket %1").arg(bucket));
    m_title->setToolTip({});
    showUploadId({});
    QString html = QStringLiteral("<table>");
    for (const auto &[name, value] : fields)
        html += row(name, value);
    m_fields->setText(html + QStringLiteral("</table>"));
    m_partsHeader->clear();
    m_parts->clear();
    m_parts->hide();
}

void DetailsPane::showUpload(const UploadInfo &upload, qint64 ageSeconds, const QString &state)
{
    m_title->setText(QStringLiteral("s3://%1/%2").arg(upload.bucket, upload.key));
    m_title->setToolTip(m_title->text());
    showUploadId(upload.uploadId);
    const QString initiator = upload.initiator.displayName.isEmpty()
                                  ? upload.initiator.id
                                  : QStringLiteral("%1 (%2)").arg(upload.initiator.displayName, upload.initiator.id);
    QString html = QStringLiteral("<table>");
    // Date and time apart, so that the value wraps in a narrow pane (ISO 8601 is one long word).
    html += row(tr("Initiated"), upload.initiated.isValid()
                                     ? upload.initiated.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))
                                     : QString());
    html += row(tr("Age"), Format::age(ageSeconds));
    html += row(tr("Storage class"), upload.storageClass);
    html += row(tr("Initiator"), initiator);
    if (!upload.checksumAlgorithm.isEmpty())
        html += row(tr("Checksum"), upload.checksumAlgorithm);
    if (!state.isEmpty())
        html += row(tr("Cleanup"), state);
    html += QStringLiteral("</table>");
    m_fields->setText(html);
    m_partsHeader->setText(tr("Listing parts…"));
    m_parts->clear();
    m_parts->show();
}

void DetailsPane::showParts(const S3Client::PartsSummary &parts)
{
    QString header = tr("%Ln part(s), %1", nullptr, int(parts.parts.size())).arg(Format::bytes(parts.totalBytes));
    if (parts.abortDate.isValid()) {
        header += u'\n' + tr("A lifecycle rule (%1) will abort this upload on %2.")
                              .arg(parts.abortRuleId.isEmpty() ? tr("unnamed") : parts.abortRuleId,
                                   Format::timestamp(parts.abortDate));
    } else {
        header += u'\n' + tr("No lifecycle rule will abort this upload.");
    }
    m_partsHeader->setText(header);
    QList<QTreeWidgetItem *> items;
    items.reserve(parts.parts.size());
    const QLocale locale;
    for (const PartInfo &part : parts.parts) {
        auto *item = new QTreeWidgetItem(QStringList{QString::number(part.partNumber), Format::bytes(part.size),
                                                     part.etag, Format::timestamp(part.lastModified)});
        item->setToolTip(1, tr("%1 bytes").arg(locale.toString(part.size)));
        item->setTextAlignment(0, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        items.append(item);
    }
    m_parts->clear();
    m_parts->addTopLevelItems(items);
}

void DetailsPane::showGone(const QString &what)
{
    m_partsHeader->setText(what);
    m_parts->clear();
    m_parts->hide();
}

void DetailsPane::showPartsError(const QString &message)
{
    m_partsHeader->setText(tr("Parts could not be listed: %1").arg(message));
    m_parts->clear();
}

} // namespace PartSweep
