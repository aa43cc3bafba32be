package hexlet.lesson.engine.docker;

import com.github.dockerjava.transport.SSLConfig;
import java.security.KeyManagementException;
import java.security.SecureRandom;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;

/**
 * The TLS setting for an engine on a local socket, where TLS is never used. Without it the
 * transport builds the JDK's default TLS context anyway, which loads the whole TLS and elliptic
 * curve machinery on every start of the command line for nothing.
 */
final class UnusedTls implements SSLConfig {
  @Override
  public SSLContext getSSLContext() {
    return new SSLContext(new Refusing(), null, "none") {};
  }

  private static final class Refusing extends SSLContextSpi {
    @Override
    protected void engineInit(KeyManager[] km, TrustManager[] tm, SecureRandom random)
        throws KeyManagementException {
      throw new KeyManagementException("TLS is not used on a local socket");
    }

    @Override
    protected SSLSocketFactory engineGetSocketFactory() {
      throw unused();
    }

    @Override
    protected SSLServerSocketFactory engineGetServerSocketFactory() {
      throw unused();
    }

    @Override
    protected SSLEngine engineCreateSSLEngine() {
      throw unused();
    }

    @Override
    protected SSLEngine engineCreateSSLEngine(String host, int port) {
      throw unused();
    }

    @Override
    protected SSLSessionContext engineGetServerSessionContext() {
      throw unused();
    }

    @Override
    protected SSLSessionContext engineGetClientSessionContext() {
      throw unused();
    }

    private static UnsupportedOperationException unused() {
      return new UnsupportedOperationException("TLS is not used on a local socket");
    }
  }
}
