#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace cd {

// Stable error codes; the message is already translated for the user.
enum class ErrorCode {
    None,
    InvalidInput,
    NotFound,
    Conflict,
    Io,
    Database,
    Corrupt,
    Unsupported,
    Cancelled,
    Network,      // server unreachable, connection cut, timeout
    Unauthorized, // login needed or refused
    Forbidden,    // the account's role or court does not allow it
};

struct Error
{
    ErrorCode code = ErrorCode::None;
    QString message; // human, translated
    QString detail;  // technical detail for logs, untranslated
};

template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool isOk() const { return m_value.has_value(); }
    explicit operator bool() const { return isOk(); }
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }
    const Error& error() const { return m_error; }
    QString errorMessage() const { return m_error.message; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_ok(false), m_error(std::move(error)) {}

    bool isOk() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error& error() const { return m_error; }
    QString errorMessage() const { return m_error.message; }

private:
    bool m_ok = true;
    Error m_error;
};

inline Error makeError(ErrorCode code, const QString& message, const QString& detail = {})
{
    return Error{code, message, detail};
}

} // namespace cd
