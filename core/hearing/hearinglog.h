#pragma once

#include <QLoggingCategory>

// courtdesk.hearing: courtrooms, bookings, conflicts, batch booking, notices.
Q_DECLARE_LOGGING_CATEGORY(lcHearing)
