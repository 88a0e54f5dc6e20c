#include "evidenceimporter.h"

#include "correctedpagepdf.h"
#include "evidencelogging.h"
#include "evidencerepository.h"
#include "ocr/ocrbatch.h"
#include "ocr/searchablepdf.h"
#include "ocr/workerpool.h"
#include "originalstore.h"
#include "storage/profile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>

namespace cd {

namespace {

QString mediaTypeOf(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    const QByteArray head = f.read(16);
    if (head.startsWith("%PDF"))
        return QStringLiteral("application/pdf");
    if (head.startsWith("\x89PNG"))
        return QStringLiteral("image/png");
    if (head.startsWith("\xFF\xD8\xFF"))
        return QStringLiteral("image/jpeg");
    if (head.startsWith("II*") || head.startsWith("MM\0*"))
        return QStringLiteral("image/tiff");
    return QStringLiteral("application/octet-stream");
}

QString pageStem(int page)
{
    return QStringLiteral("p%1").arg(page, 3, 10, QLatin1Char('0'));
}

} // namespace

EvidenceImporter::EvidenceImporter(Profile& profile, QObject* parent)
    : QObject(parent), m_profile(profile), m_workers(ocr::WorkerPool::defaultWorkerCount())
{
}

EvidenceImporter::~EvidenceImporter()
{
    if (m_batch)
        m_batch->cancel();
}

bool EvidenceImporter::isRunning() const
{
    return m_batch && m_batch->isRunning();
}

QString EvidenceImporter::reviewImagePath(const EvidenceItem& item, int page) const
{
    return QDir(OriginalStore(m_profile.evidenceDir()).pageImageDir(item.sha256))
        .filePath(pageStem(page) + QStringLiteral(".jpg"));
}

QVector<qint64> EvidenceImporter::importFiles(qint64 caseId, const QStringList& files,
                                              const QString& language)
{
    OriginalStore store(m_profile.evidenceDir());
    EvidenceRepository repo(m_profile.database(), m_profile.actor());
    QVector<qint64> added;
    for (const QString& file : files) {
        const QString name = QFileInfo(file).fileName();
        auto stored = store.store(file);
        if (!stored) {
            Q_EMIT rejected(name, stored.errorMessage());
            continue;
        }
        auto existing = repo.findBySha(caseId, stored->sha256);
        if (!existing) {
            Q_EMIT rejected(name, existing.errorMessage());
            continue;
        }
        if (existing.value() > 0) {
            Q_EMIT duplicate(name, existing.value());
            continue;
        }
        EvidenceItem item;
        item.caseId = caseId;
        item.title = QFileInfo(file).completeBaseName();
        item.source = QFileInfo(file).absoluteFilePath();
        item.fileName = name;
        item.mediaType = mediaTypeOf(stored->path);
        item.sha256 = stored->sha256;
        item.sizeBytes = stored->size;
        item.language = language;
        auto id = repo.create(item);
        if (!id) {
            Q_EMIT rejected(name, id.errorMessage());
            continue;
        }
        added << id.value();
        m_queue << id.value();
        Q_EMIT itemAdded(id.value());
    }
    if (!isRunning())
        startBatch();
    return added;
}

void EvidenceImporter::recognise(qint64 evidenceId, const QString& password)
{
    if (!password.isEmpty())
        m_passwords.insert(evidenceId, password);
    if (!m_queue.contains(evidenceId) && !m_batchItems.contains(evidenceId))
        m_queue << evidenceId;
    if (!isRunning())
        startBatch();
}

void EvidenceImporter::cancel()
{
    m_queue.clear();
    if (m_batch)
        m_batch->cancel();
}

void EvidenceImporter::startBatch()
{
    if (m_queue.isEmpty())
        return;
    EvidenceRepository repo(m_profile.database(), m_profile.actor());
    OriginalStore store(m_profile.evidenceDir());
    QVector<ocr::OcrDocument> docs;
    m_batchItems.clear();
    m_tally.clear();
    for (qint64 id : std::as_const(m_queue)) {
        auto item = repo.load(id);
        if (!item)
            continue;
        ocr::OcrDocument d;
        d.path = store.pathFor(item->sha256);
        d.password = m_passwords.value(id);
        d.language = item->language;
        d.reviewImageDir = store.pageImageDir(item->sha256);
        d.pagePdfDir = d.reviewImageDir;
        QDir().mkpath(d.reviewImageDir);
        docs << d;
        m_batchItems << id;
        (void)repo.setOcrStatus(id, EvidenceOcrStatus::Running);
    }
    m_queue.clear();
    if (docs.isEmpty())
        return;
    auto* batch = new ocr::OcrBatch(docs, m_workers, this);
    batch->setPageTimeLimitMs(m_timeLimitMs);
    m_batch = batch;
    connect(batch, &ocr::OcrBatch::documentOpened, this, [this](int doc, int pages, bool) {
        EvidenceRepository repo(m_profile.database(), m_profile.actor());
        (void)repo.setPageCount(m_batchItems.at(doc), pages);
    });
    connect(batch, &ocr::OcrBatch::documentFailed, this,
            [this](int doc, ocr::FailureCode code, const QString& message) {
                const qint64 id = m_batchItems.at(doc);
                Tally& t = m_tally[id];
                t.documentFailed = true;
                t.needsPassword = code == ocr::FailureCode::PasswordRequired ||
                                  code == ocr::FailureCode::WrongPassword;
                EvidenceRepository repo(m_profile.database(), m_profile.actor());
                if (t.needsPassword) {
                    auto item = repo.load(id);
                    Q_EMIT passwordRequired(id, item ? item->fileName : QString(),
                                            code == ocr::FailureCode::WrongPassword);
                } else {
                    // The item keeps status "failed"; page 0 in the signal means the whole file.
                    Q_EMIT pageFailed(id, 0, message);
                }
            });
    connect(batch, &ocr::OcrBatch::pageDone, this, [this](int doc, const ocr::OcrPage& page) {
        const qint64 id = m_batchItems.at(doc);
        EvidenceRepository repo(m_profile.database(), m_profile.actor());
        if (auto r = repo.savePage(id, page); !r) {
            ++m_tally[id].failed;
            Q_EMIT pageFailed(id, page.pageNumber, r.errorMessage());
            return;
        }
        ++m_tally[id].ok;
        Q_EMIT pageStored(id, page.pageNumber);
    });
    connect(batch, &ocr::OcrBatch::pageFailed, this,
            [this](int doc, int page, ocr::FailureCode code, const QString& message) {
                const qint64 id = m_batchItems.at(doc);
                EvidenceRepository repo(m_profile.database(), m_profile.actor());
                (void)repo.savePageFailure(id, page, ocr::failureKey(code), message);
                ++m_tally[id].failed;
                Q_EMIT pageFailed(id, page, message);
            });
    connect(batch, &ocr::OcrBatch::progress, this, &EvidenceImporter::progress);
    connect(batch, &ocr::OcrBatch::finished, this, &EvidenceImporter::onBatchFinished);
    batch->start();
}

void EvidenceImporter::onBatchFinished(bool cancelled)
{
    EvidenceRepository repo(m_profile.database(), m_profile.actor());
    for (qint64 id : std::as_const(m_batchItems)) {
        const Tally t = m_tally.value(id);
        EvidenceOcrStatus s = EvidenceOcrStatus::Done;
        if (t.needsPassword)
            s = EvidenceOcrStatus::NeedsPassword;
        else if (t.documentFailed || (t.ok == 0 && t.failed > 0))
            s = EvidenceOcrStatus::Failed;
        else if (t.failed > 0 || cancelled)
            s = EvidenceOcrStatus::Partial;
        (void)repo.setOcrStatus(id, s, t.ok, t.failed);
        m_passwords.remove(id);
        Q_EMIT itemFinished(id, s);
    }
    m_batchItems.clear();
    if (m_batch)
        m_batch->deleteLater();
    m_batch = nullptr;
    Q_EMIT finished(cancelled);
    if (!cancelled)
        startBatch();
}

Result<void> EvidenceImporter::exportSearchablePdf(qint64 evidenceId, const QString& outFile)
{
    EvidenceRepository repo(m_profile.database(), m_profile.actor());
    auto item = repo.load(evidenceId);
    if (!item)
        return item.error();
    const QDir dir(OriginalStore(m_profile.evidenceDir()).pageImageDir(item->sha256));
    QStringList parts;
    QTemporaryDir scratch;
    QList<int> corrected;
    for (int p = 1; p <= item->pages; ++p) {
        const QString part = dir.filePath(pageStem(p) + QStringLiteral(".pdf"));
        if (!QFileInfo::exists(part))
            return makeError(
                ErrorCode::NotFound,
                tr("Page %1 has not been recognised yet; run OCR for it first.").arg(p));
        auto page = repo.page(evidenceId, p);
        if (!page)
            return page.error();
        if (page->revision == 0) {
            parts << part;
            continue;
        }
        // A corrected page gets a new text layer: the reader searches what the clerk fixed.
        auto image = CorrectedPagePdf::imageOf(part);
        if (!image)
            image = QImage(dir.filePath(pageStem(p) + QStringLiteral(".jpg")));
        auto pdf = CorrectedPagePdf::render(image.value(), page->ocr, page->currentText);
        if (!pdf)
            return pdf.error();
        if (!scratch.isValid())
            return makeError(ErrorCode::Io, tr("No temporary folder for the corrected pages."));
        const QString fixedPart = scratch.filePath(pageStem(p) + QStringLiteral(".pdf"));
        QSaveFile f(fixedPart);
        if (!f.open(QIODevice::WriteOnly) || f.write(pdf.value()) != pdf->size() || !f.commit())
            return makeError(ErrorCode::Io,
                             tr("The corrected page %1 could not be written.").arg(p),
                             f.errorString());
        parts << fixedPart;
        corrected << p;
    }
    if (auto r = ocr::SearchablePdf::assemble(parts, outFile); !r)
        return r;
    qCInfo(lcEvidence) << "searchable PDF of item" << evidenceId << "with" << corrected.size()
                       << "corrected pages";
    return repo.recordExport(evidenceId, outFile,
                             corrected.isEmpty() ? QStringLiteral("searchable-pdf")
                                                 : QStringLiteral("searchable-pdf-corrected"));
}

} // namespace cd
