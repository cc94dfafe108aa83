package org.cleartrade.core.certificate;

/** What a signed QR payload carries: a certificate summary or a voucher. */
public sealed interface PayloadContent permits CertificatePayload, Voucher {}
