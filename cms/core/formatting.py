"""Dates, eras and money the way each language writes them.

Japanese: 2017年3月4日(土) 14:00〜16:30, fiscal years as 令和4年度.
English:  Sat 4 March 2017, 14:00–16:30, fiscal years as FY2022.
"""

from datetime import date, datetime

from django.utils import timezone
from django.utils.translation import get_language, gettext

JA_WEEKDAYS = "月火水木金土日"
EN_WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
# (first day, name): newest first.
ERAS = [
    (date(2019, 5, 1), "令和"),
    (date(1989, 1, 8), "平成"),
    (date(1926, 12, 25), "昭和"),
    (date(1912, 7, 30), "大正"),
    (date(1868, 10, 23), "明治"),
]


def _is_english():
    return (get_language() or "ja").startswith("en")


def _local(value):
    if isinstance(value, datetime) and timezone.is_aware(value):
        return timezone.localtime(value)
    return value


def format_date(value):
    value = _local(value)
    if _is_english():
        weekday, month = EN_WEEKDAYS[value.weekday()], EN_MONTHS[value.month - 1]
        return f"{weekday} {value.day} {month} {value.year}"
    return f"{value.year}年{value.month}月{value.day}日({JA_WEEKDAYS[value.weekday()]})"


def range_dash():
    """The dash between two times: 14:00〜16:30 / 14:00–16:30."""
    return "–" if _is_english() else "〜"


def format_datetime_range(start, end=None):
    """'2017年3月4日(土) 14:00〜16:30'; the end date is repeated only if it differs."""
    start, end = _local(start), _local(end)
    english = _is_english()
    text = format_date(start) + (", " if english else " ") + f"{start:%H:%M}"
    if end is None:
        return text
    dash = range_dash()
    if end.date() == start.date():
        return f"{text}{dash}{end:%H:%M}"
    return f"{text}{dash}{format_date(end)}{', ' if english else ' '}{end:%H:%M}"


def era_year(value):
    """('令和', 4) for a date in 2022. The first year of an era is 元年."""
    for first_day, name in ERAS:
        if value >= first_day:
            return name, value.year - first_day.year + 1
    raise ValueError("Dates before the Meiji era have no supported era name.")


def _era_number(number):
    return "元" if number == 1 else str(number)


def format_fiscal_year(year):
    """Fiscal year Y (April Y – March Y+1): 令和4年度 / FY2022.

    Named after the era in force on the last day of the calendar year it starts
    in, the way ministries write it: fiscal 2019 is 令和元年度, fiscal 1989 平成元年度.
    """
    year = int(year)
    if _is_english():
        return f"FY{year}"
    name, number = era_year(date(year, 12, 31))
    return f"{name}{_era_number(number)}年度"


def format_yen(amount):
    if amount is None:
        return ""
    if amount == 0:
        return gettext("Free")
    return f"¥{amount:,}" if _is_english() else f"{amount:,}円"
