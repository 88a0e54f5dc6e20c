#include "ocrbatch.h"

#include "languages.h"
#include "ocrlogging.h"
#include "workerpool.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace cd::ocr {

namespace {

QString pageStem(int page)
{
    return QStringLiteral("p%1").arg(page, 3, 10, QLatin1Char('0'));
}

} // namespace

OcrBatch::OcrBatch(QVector<OcrDocument> documents, int workers, QObject* parent)
    : QObject(parent), m_docs(std::move(documents)), m_pool(new WorkerPool(workers, this))
{
    qRegisterMetaType<cd::ocr::FailureCode>("cd::ocr::FailureCode");
    qRegisterMetaType<cd::ocr::OcrPage>("cd::ocr::OcrPage");
    connect(m_pool, &WorkerPool::finished, this, &OcrBatch::onFinished);
    connect(m_pool, &WorkerPool::failed, this, &OcrBatch::onFailed);
    connect(m_pool, &WorkerPool::progress, this, &OcrBatch::onProgress);
}

OcrBatch::~OcrBatch() = default;

void OcrBatch::setPageTimeLimitMs(int ms)
{
    m_pool->setTimeLimitMs(ms);
}

void OcrBatch::start()
{
    m_running = true;
    for (int i = 0; i < m_docs.size(); ++i) {
        const OcrDocument& d = m_docs.at(i);
        const qint64 id =
            m_pool->submit(QJsonObject{{QStringLiteral("op"), QStringLiteral("probe")},
                                       {QStringLiteral("file"), d.path},
                                       {QStringLiteral("password"), d.password}});
        m_pending.insert(id, Pending{i, 0});
    }
    QJsonArray langs;
    for (const OcrDocument& d : std::as_const(m_docs)) {
        const QString lang = d.language.isEmpty() ? OcrLanguages::defaultLanguage() : d.language;
        if (!langs.contains(lang))
            langs.append(lang);
    }
    m_pool->warmUp(QJsonObject{{QStringLiteral("op"), QStringLiteral("warm")},
                               {QStringLiteral("langs"), langs}});
    if (m_docs.isEmpty())
        maybeFinish();
}

void OcrBatch::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_pool->cancel();
}

void OcrBatch::queuePages(int doc, int pages, const QVector<int>& dpi)
{
    const OcrDocument& d = m_docs.at(doc);
    for (int p = 1; p <= pages; ++p) {
        QJsonObject req{{QStringLiteral("op"), QStringLiteral("page")},
                        {QStringLiteral("file"), d.path},
                        {QStringLiteral("password"), d.password},
                        {QStringLiteral("page"), p},
                        {QStringLiteral("lang"), d.language},
                        {QStringLiteral("dpi"), dpi.value(p - 1, 0)}};
        if (!d.reviewImageDir.isEmpty())
            req.insert(QStringLiteral("image"),
                       QDir(d.reviewImageDir).filePath(pageStem(p) + QStringLiteral(".jpg")));
        if (!d.pagePdfDir.isEmpty())
            req.insert(QStringLiteral("pdf"), QDir(d.pagePdfDir).filePath(pageStem(p)));
        m_pending.insert(m_pool->submit(req), Pending{doc, p});
    }
    m_totalPages += pages;
}

void OcrBatch::onFinished(qint64 id, const QJsonObject& response)
{
    const auto it = m_pending.constFind(id);
    if (it == m_pending.cend())
        return;
    const Pending p = it.value();
    m_pending.erase(it);
    m_partial.remove(id);
    const QString file = QFileInfo(m_docs.at(p.doc).path).fileName();
    const bool ok = response.value(QStringLiteral("ok")).toBool();
    const FailureCode code = failureFromKey(response.value(QStringLiteral("code")).toString());
    if (p.page == 0) {
        if (!ok) {
            qCInfo(lcOcr) << "cannot open" << file
                          << response.value(QStringLiteral("detail")).toString();
            Q_EMIT documentFailed(p.doc, code, OcrMessages::failureMessage(code, file));
        } else {
            const int pages = response.value(QStringLiteral("pages")).toInt();
            QVector<int> dpi;
            for (const QJsonValue& v : response.value(QStringLiteral("dpi")).toArray())
                dpi << v.toInt();
            Q_EMIT documentOpened(p.doc, pages,
                                  response.value(QStringLiteral("kind")).toString() ==
                                      QLatin1String("pdf"));
            queuePages(p.doc, pages, dpi);
        }
    } else {
        ++m_donePages;
        if (ok) {
            Q_EMIT pageDone(p.doc,
                            OcrPage::fromJson(response.value(QStringLiteral("result")).toObject()));
        } else {
            qCInfo(lcOcr) << "page" << p.page << "of" << file
                          << "failed:" << response.value(QStringLiteral("detail")).toString();
            Q_EMIT pageFailed(p.doc, p.page, code, OcrMessages::failureMessage(code, file, p.page));
        }
        emitProgress();
    }
    maybeFinish();
}

void OcrBatch::onFailed(qint64 id, FailureCode code, const QString& detail)
{
    const auto it = m_pending.constFind(id);
    if (it == m_pending.cend())
        return;
    const Pending p = it.value();
    m_pending.erase(it);
    m_partial.remove(id);
    const QString file = QFileInfo(m_docs.at(p.doc).path).fileName();
    qCInfo(lcOcr) << file << "page" << p.page << failureKey(code) << detail;
    if (p.page == 0) {
        Q_EMIT documentFailed(p.doc, code, OcrMessages::failureMessage(code, file));
    } else {
        ++m_donePages;
        Q_EMIT pageFailed(p.doc, p.page, code, OcrMessages::failureMessage(code, file, p.page));
        emitProgress();
    }
    maybeFinish();
}

void OcrBatch::onProgress(qint64 id, int percent)
{
    const auto it = m_pending.constFind(id);
    if (it == m_pending.cend() || it->page == 0)
        return;
    if (!m_partial.contains(id))
        Q_EMIT pageStarted(it->doc, it->page);
    m_partial.insert(id, percent);
    Q_EMIT pageProgress(it->doc, it->page, percent);
    emitProgress();
}

void OcrBatch::emitProgress()
{
    double done = m_donePages;
    for (int pct : std::as_const(m_partial))
        done += qBound(0, pct, 100) / 100.0;
    Q_EMIT progress(done, m_totalPages);
}

void OcrBatch::maybeFinish()
{
    if (!m_running || !m_pending.isEmpty())
        return;
    m_running = false;
    Q_EMIT finished(m_cancelled);
}

} // namespace cd::ocr
