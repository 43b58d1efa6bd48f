import pytest

from .factories import open_session


@pytest.fixture
def session(home_page):
    return open_session(home_page, capacity=3)
