import pytest

from .factories import ContactFormFieldFactory, ContactPageFactory


@pytest.fixture
def contact_page(home_page):
    """A contact page whose form asks a name, an e-mail address and a message
    (``CONTACT_MESSAGE`` fills it in)."""
    page = ContactPageFactory(parent=home_page)
    ContactFormFieldFactory(page=page, label="Name", field_type="singleline")
    ContactFormFieldFactory(page=page, label="Email", field_type="email")
    ContactFormFieldFactory(page=page, label="Message", field_type="multiline")
    return page
