import pytest

from cms.events.tests.factories import EventIndexPageFactory


@pytest.fixture
def event_index(home_page):
    return EventIndexPageFactory(parent=home_page, intro="催しのご案内")
