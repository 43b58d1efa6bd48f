"""django-allauth, the Kaiki way: e-mails from the task worker, no e-mail in
user names, a member profile for every new account."""

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context
from django.urls import reverse
from django.utils.crypto import get_random_string

from cms.mail.tasks import queue_email


class AccountAdapter(DefaultAccountAdapter):
    def format_email_subject(self, subject):
        return str(subject)

    def send_mail(self, template_prefix, email, context):
        # Rendered now, in the language of the request (the /ja/ or /en/ page
        # the visitor used); sent by the worker once the transaction commits.
        request = allauth_context.request
        message = self.render_mail(
            template_prefix, email, {"request": request, "email": email, **context}
        )
        html = (
            next(
                (
                    content
                    for content, mime in message.alternatives
                    if mime == "text/html"
                ),
                "",
            )
            if getattr(message, "alternatives", None)
            else ""
        )
        kwargs = {
            "subject": message.subject,
            "body": message.body,
            "to": list(message.to),
            "from_email": message.from_email,
            "html": html,
        }
        queue_email(**kwargs)

    def get_login_redirect_url(self, request):
        return reverse("network:home")

    def get_signup_redirect_url(self, request):
        return reverse("network:home")

    def populate_username(self, request, user):
        # Members sign in with their e-mail; the user name is never shown, and
        # is not made from the e-mail address.
        if not user.username:
            user.username = f"member-{get_random_string(12).lower()}"

    def save_user(self, request, user, form, commit=True):
        from .services import member_profile_create

        user = super().save_user(request, user, form, commit=commit)
        if commit:
            member_profile_create(user=user)
        return user
