from __future__ import annotations

from django.contrib.auth import authenticate
from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework.authtoken.models import Token
from rest_framework.exceptions import PermissionDenied, ValidationError
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from yjs.api.schema import FIELD_ERRORS, ErrorSerializer
from yjs.api.serializers.auth import CredentialsSerializer, TokenSerializer


class TokenView(APIView):
    """Exchange a user name and password for the caller's API token."""

    authentication_classes = ()
    permission_classes = (AllowAny,)

    @extend_schema(
        summary="Get an API token",
        request=CredentialsSerializer,
        responses={
            200: TokenSerializer,
            400: OpenApiResponse(FIELD_ERRORS, description="Missing or wrong user name or password"),
            403: OpenApiResponse(ErrorSerializer, description="The user's role does not use the API"),
            429: OpenApiResponse(ErrorSerializer, description="Locked out after repeated failures; try again later"),
        },
        auth=[],
    )
    def post(self, request: Request) -> Response:
        credentials = CredentialsSerializer(data=request.data)
        credentials.is_valid(raise_exception=True)
        # The Django request, so that the lock-out after repeated failures (django-axes) counts these tries.
        user = authenticate(request._request, **credentials.validated_data)
        if user is None:
            raise ValidationError({"non_field_errors": [_("The user name or password is not right.")]})
        if not user.may_open_child_records:
            raise PermissionDenied(_("Your role does not give access to children's records."))
        token, _created = Token.objects.get_or_create(user=user)
        return Response(TokenSerializer({"token": token.key}).data)
