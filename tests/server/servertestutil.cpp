#include "servertestutil.h"

#include <openssl/evp.h>
#include <openssl/rand.h>
#include <zlib.h>

#include <QDateTime>
#include <QDir>
#include <QProcessEnvironment>
#include <QSaveFile>
#include <QThread>

#include <atomic>
#include <chrono>
#include <stdexcept>

namespace cdtest {

namespace {

QString serverBinary()
{
    return qEnvironmentVariable("COURTDESK_SERVER");
}

QStringList baseArgs(const QString& dataDir, const Backend& backend)
{
    QStringList args{QStringLiteral("--data"), dataDir};
    if (backend.postgres)
        args << QStringLiteral("--db") << QString::fromStdString(backend.url);
    return args;
}

} // namespace

Backend Backend::fromEnvironment()
{
    Backend b;
    b.postgres = qEnvironmentVariable("COURTDESK_TEST_BACKEND") == QLatin1String("postgres");
    if (b.postgres)
        b.url = qEnvironmentVariable("COURTDESK_TEST_DB_URL").toStdString();
    return b;
}

ServerProcess::ServerProcess(QString dataDir, Backend backend)
    : m_dataDir(std::move(dataDir)), m_backend(std::move(backend))
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setReadChannel(QProcess::StandardOutput);
}

ServerProcess::~ServerProcess()
{
    if (running())
        stop();
}

bool ServerProcess::start(const QStringList& extraArgs, QString* output)
{
    QStringList args = baseArgs(m_dataDir, m_backend);
    const bool hasListen = extraArgs.contains(QStringLiteral("--listen"));
    if (!hasListen)
        args << QStringLiteral("--listen") << QStringLiteral("127.0.0.1:0");
    args << extraArgs;
    m_process.setStandardErrorFile(m_dataDir + QStringLiteral("/server-stderr.log"),
                                   QIODevice::Append);
    m_process.start(serverBinary(), args);
    if (!m_process.waitForStarted(10000))
        return false;
    QByteArray out;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    while (std::chrono::steady_clock::now() < deadline) {
        if (m_process.state() == QProcess::NotRunning)
            break;
        m_process.waitForReadyRead(200);
        out += m_process.readAllStandardOutput();
        const int at = out.indexOf("listening on ");
        if (at >= 0 && out.indexOf('\n', at) > at) {
            const QByteArray line = out.mid(at, out.indexOf('\n', at) - at);
            m_port = line.mid(line.lastIndexOf(':') + 1).toInt();
            return m_port > 0;
        }
    }
    m_process.waitForFinished(2000);
    if (output) {
        QFile err(m_dataDir + QStringLiteral("/server-stderr.log"));
        err.open(QIODevice::ReadOnly);
        *output = QString::fromUtf8(out) + QString::fromUtf8(err.readAll());
    }
    return false;
}

void ServerProcess::useClock(const ServerClock& clock)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("COURTDESK_SERVER_CLOCK_FILE"), clock.path());
    m_process.setProcessEnvironment(env);
}

ServerClock::ServerClock(const QString& dir, std::int64_t start)
    : m_path(
          QDir(dir).filePath(QStringLiteral("clock-%1").arg(QString::fromStdString(uniqueId("c")))))
{
    set(start);
}

void ServerClock::set(std::int64_t epochSeconds)
{
    // Atomically: the server never reads a half-written number.
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly) || f.write(QByteArray::number(qint64(epochSeconds))) < 0 ||
        !f.commit())
        throw std::runtime_error("cannot write the server clock " + m_path.toStdString());
    m_now = epochSeconds;
}

std::string isoTime(std::int64_t epochSeconds)
{
    return QDateTime::fromSecsSinceEpoch(epochSeconds, Qt::UTC).toString(Qt::ISODate).toStdString();
}

void ServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

void ServerProcess::kill9()
{
    m_process.kill();
    m_process.waitForFinished(5000);
}

bool ServerProcess::running() const
{
    return m_process.state() != QProcess::NotRunning;
}

int runServerCli(const QString& dataDir, const Backend& backend, const QStringList& args,
                 QString* output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(serverBinary(), baseArgs(dataDir, backend) + args);
    if (!p.waitForFinished(60000))
        return -1;
    if (output)
        *output = QString::fromUtf8(p.readAll());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

std::string Response::code() const
{
    if (body.is_object() && body.contains("error") && body["error"].is_object())
        return body["error"].value("code", "");
    return {};
}

Response Client::request(const std::string& method, const std::string& path,
                         const std::string& token, const std::string& body,
                         const httplib::Headers& extra, const std::string& contentType)
{
    httplib::Client cli("127.0.0.1", m_port);
    cli.set_connection_timeout(10, 0);
    cli.set_read_timeout(60, 0);
    cli.set_write_timeout(60, 0);
    httplib::Headers headers = extra;
    if (!token.empty())
        headers.emplace("Authorization", "Bearer " + token);
    auto send = [&]() -> httplib::Result {
        if (method == "GET")
            return cli.Get(path, headers);
        if (method == "HEAD")
            return cli.Head(path, headers);
        if (method == "POST")
            return cli.Post(path, headers, body, contentType);
        if (method == "PUT")
            return cli.Put(path, headers, body, contentType);
        return cli.Delete(path, headers, body, contentType);
    };
    httplib::Result r = send();
    Response out;
    if (!r)
        return out;
    out.status = r->status;
    out.raw = r->body;
    for (const auto& [k, v] : r->headers)
        out.headers[k] = v;
    out.body = json::parse(r->body, nullptr, false);
    if (out.body.is_discarded())
        out.body = nullptr;
    return out;
}

std::string Client::login(const std::string& user, const std::string& password)
{
    Response r = post("/v1/login", {}, {{"user", user}, {"password", password}});
    if (r.status != 200 || !r.body.contains("token"))
        return {};
    return r.body["token"].get<std::string>();
}

std::string sql(const QString& dataDir, const Backend& backend, const std::string& statement,
                bool* ok)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::SeparateChannels);
    if (backend.postgres) {
        p.start(qEnvironmentVariable("COURTDESK_TEST_PSQL"),
                {QStringLiteral("-h"), qEnvironmentVariable("COURTDESK_TEST_PG_HOST"),
                 QStringLiteral("-p"), qEnvironmentVariable("COURTDESK_TEST_PG_PORT"),
                 QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-d"),
                 qEnvironmentVariable("COURTDESK_TEST_PG_DB"), QStringLiteral("-X"),
                 QStringLiteral("-q"), QStringLiteral("-A"), QStringLiteral("-t"),
                 QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-c"),
                 QString::fromStdString(statement)});
    } else {
        p.start(QStringLiteral("sqlite3"),
                {QStringLiteral("-bail"), QStringLiteral("-cmd"), QStringLiteral(".timeout 10000"),
                 dataDir + QStringLiteral("/server.db"), QString::fromStdString(statement)});
    }
    const bool finished = p.waitForFinished(30000);
    if (ok)
        *ok = finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    return p.readAllStandardOutput().trimmed().toStdString();
}

std::string sha256Hex(const std::string& data)
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    EVP_Digest(data.data(), data.size(), md, &len, EVP_sha256(), nullptr);
    static const char digits[] = "0123456789abcdef";
    std::string out;
    for (unsigned i = 0; i < len; ++i) {
        out.push_back(digits[md[i] >> 4]);
        out.push_back(digits[md[i] & 15]);
    }
    return out;
}

std::string randomBytes(std::size_t n)
{
    std::string out(n, '\0');
    RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), int(n));
    return out;
}

std::string gzip(const std::string& data)
{
    z_stream zs{};
    deflateInit2(&zs, Z_BEST_COMPRESSION, Z_DEFLATED, 31, 9, Z_DEFAULT_STRATEGY);
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    zs.avail_in = uInt(data.size());
    std::string out;
    char buf[65536];
    int rc = Z_OK;
    do {
        zs.next_out = reinterpret_cast<Bytef*>(buf);
        zs.avail_out = sizeof buf;
        rc = deflate(&zs, Z_FINISH);
        out.append(buf, sizeof buf - zs.avail_out);
    } while (rc == Z_OK);
    deflateEnd(&zs);
    return out;
}

std::string uniqueId(const std::string& prefix)
{
    static std::atomic<int> counter{0};
    return prefix + "-" + std::to_string(++counter) + "-" + sha256Hex(randomBytes(8)).substr(0, 12);
}

} // namespace cdtest
