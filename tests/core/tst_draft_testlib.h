#pragma once

#include "testconfig.h"

// Shared by the drafting and statute tests: one statute library imported from the real corpus
// per build tree, reused while the corpus is unchanged.

#include "common/clock.h"
#include "statutes/statuteimporter.h"
#include "statutes/statutelibrary.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QtTest>

#include <memory>

namespace cdtest::drafting {

inline QString testOutputDir()
{
    QString dir = qEnvironmentVariable("COURTDESK_TEST_OUTPUT");
    if (dir.isEmpty())
        dir = QDir::temp().filePath(QStringLiteral("courtdesk-test-output"));
    QDir().mkpath(dir);
    return dir;
}

// Points the library lookup at a build-tree cache, importing the corpus when it is missing or
// stale. Parallel tests may both import; each writes a temporary file and renames it.
inline std::unique_ptr<cd::StatuteLibrary> statuteLibrary(qint64* importMs = nullptr)
{
    const QString path = QDir(testOutputDir()).filePath(QStringLiteral("statutes.sqlite"));
    qputenv("COURTDESK_STATUTES_DB", path.toUtf8());
    QElapsedTimer t;
    t.start();
    auto lib = cd::StatuteLibrary::openDefault();
    if (importMs)
        *importMs = t.elapsed();
    if (!lib) {
        qWarning() << "statute library:" << lib.errorMessage() << lib.error().detail;
        return nullptr;
    }
    return std::move(lib).value();
}

// Fixes the process clock for one test (demo data and dates derive from it).
class ClockScope
{
public:
    explicit ClockScope(const QDateTime& start) : m_clock(start)
    {
        cd::Clock::setInstance(&m_clock);
    }
    ~ClockScope() { cd::Clock::setInstance(nullptr); }
    ClockScope(const ClockScope&) = delete;
    ClockScope& operator=(const ClockScope&) = delete;

private:
    cd::ManualClock m_clock;
};

// tests/data, from the configured source path (not __FILE__, which compiler caches may make
// relative to the build folder).
inline QString dataPath(const QString& rel)
{
    return QDir(QStringLiteral(COURTDESK_TEST_DATA_DIR)).filePath(rel);
}

// Rows of a tab-separated golden table; # starts a comment line.
inline QVector<QStringList> readTable(const QString& rel)
{
    QVector<QStringList> rows;
    QFile f(dataPath(rel));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    for (const QString& line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        rows << line.split(QLatin1Char('\t'));
    }
    return rows;
}

} // namespace cdtest::drafting
