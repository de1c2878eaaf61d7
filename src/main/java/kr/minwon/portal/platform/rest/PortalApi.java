package kr.minwon.portal.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API's root. Versioned in the path so a v2 can live beside v1. */
@ApplicationPath("/api/v1")
public class PortalApi extends Application {}
